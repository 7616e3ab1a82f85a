package io.tillid.screening.internal.matching;

import io.tillid.screening.internal.lists.EntityType;
import io.tillid.screening.internal.lists.WatchlistEntity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The Lucene baseline: every normalised name a document, a query as one FuzzyQuery per part
 * (two edits from 8 characters, one from 4, exact below), ranked by Lucene's scoring.
 */
final class LuceneBaseline implements AutoCloseable {

  private final ByteBuffersDirectory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final NameNormalizer normalizer = new NameNormalizer(ReferenceData.standard());

  private LuceneBaseline(ByteBuffersDirectory directory) throws IOException {
    this.directory = directory;
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
  }

  static LuceneBaseline build(List<WatchlistEntity> entities) throws IOException {
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    NameNormalizer normalizer = new NameNormalizer(ReferenceData.standard());
    IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
    config.setRAMBufferSizeMB(256);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (WatchlistEntity entity : entities) {
        for (var name : entity.names()) {
          List<String> tokens = normalizer.tokens(name.value(), entity.type());
          if (!tokens.isEmpty()) {
            Document document = new Document();
            document.add(new TextField("name", String.join(" ", tokens), Field.Store.NO));
            document.add(new StoredField("id", entity.source() + "/" + entity.entityId()));
            writer.addDocument(document);
          }
        }
      }
    }
    return new LuceneBaseline(directory);
  }

  List<String> search(String name, int top) throws IOException {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (String token : normalizer.tokens(name, EntityType.UNKNOWN)) {
      Term term = new Term("name", token);
      int edits = token.length() >= 8 ? 2 : token.length() >= 4 ? 1 : 0;
      query.add(edits == 0 ? new TermQuery(term) : new FuzzyQuery(term, edits), BooleanClause.Occur.SHOULD);
    }
    List<String> ids = new ArrayList<>();
    var storedFields = searcher.storedFields();
    for (ScoreDoc hit : searcher.search(query.build(), top).scoreDocs) {
      ids.add(storedFields.document(hit.doc).get("id"));
    }
    return ids;
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
  }
}
