package io.tillid.platform.launch;

import java.nio.file.Path;

/** The PEM files HTTPS is served with. */
public record TlsFiles(Path certificate, Path privateKey) {}
