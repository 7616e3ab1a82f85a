package io.tillid.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.platform.TenantDirectory;
import io.tillid.platform.TenantId;
import io.tillid.platform.TenantRef;
import io.tillid.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class JdbcTenantDirectoryIT extends IntegrationTest {

  @Autowired
  TenantDirectory directory;

  @Autowired
  ImportProvisioning provisioning;

  @Test
  void findsImportedTenantsAndThePlatformRealm() {
    String slug = ImportFixture.unique("dir");
    ImportFixture.provision(provisioning, ImportFixture.write(ImportFixture.file(
        List.of(ImportFixture.tenant(slug, "Directory A/S", List.of(), List.of())), List.of())));

    TenantRef tenant = directory.findBySlug(slug).orElseThrow();
    assertThat(directory.findById(tenant.id())).contains(tenant);
    assertThat(directory.findBySlug("platform")).contains(TenantRef.PLATFORM);
    assertThat(directory.findById(TenantId.PLATFORM)).contains(TenantRef.PLATFORM);
    assertThat(directory.findBySlug(ImportFixture.unique("missing"))).isEmpty();
    assertThat(directory.all()).first().isEqualTo(TenantRef.PLATFORM);
    assertThat(directory.all()).contains(tenant);
  }
}
