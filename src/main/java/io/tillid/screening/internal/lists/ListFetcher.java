package io.tillid.screening.internal.lists;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Downloads a list's published files into a folder: one URL gives one file, several (OFAC's legacy
 * CSV set) a folder of them, each named by the last segment of its path in lower case. Anything
 * but 200, or a file above the size limit, fails the fetch.
 */
public final class ListFetcher {

  private final HttpClient client;
  private final long maxBytes;
  private final Duration timeout;

  public ListFetcher(HttpClient client, long maxBytes, Duration timeout) {
    this.client = client;
    this.maxBytes = maxBytes;
    this.timeout = timeout;
  }

  /** The downloaded file (one URL) or {@code folder} (several). */
  public Path fetch(List<URI> urls, Path folder) throws IOException, InterruptedException {
    Path last = null;
    for (URI url : urls) {
      last = folder.resolve(fileName(url));
      HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(url).timeout(timeout).GET().build(),
          HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = response.body(); OutputStream out = Files.newOutputStream(last)) {
        if (response.statusCode() != 200) {
          throw new IOException("HTTP status " + response.statusCode() + " for " + fileName(url));
        }
        copy(in, out);
      }
    }
    return urls.size() == 1 ? last : folder;
  }

  private void copy(InputStream in, OutputStream out) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
      total += read;
      if (total > maxBytes) {
        throw new IOException("larger than " + maxBytes + " bytes");
      }
      out.write(buffer, 0, read);
    }
  }

  static String fileName(URI url) {
    String path = url.getPath() == null ? "" : url.getPath();
    String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "_");
    return name.isEmpty() || name.startsWith(".") ? "list" + name : name;
  }
}
