package io.tillid.identity.internal;

import java.util.List;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Component;

/** A principal's passkeys, found through its WebAuthn user entity, whose name is the principal id. */
@Component
class Passkeys {

  private final PublicKeyCredentialUserEntityRepository userEntities;
  private final UserCredentialRepository credentials;

  Passkeys(PublicKeyCredentialUserEntityRepository userEntities, UserCredentialRepository credentials) {
    this.userEntities = userEntities;
    this.credentials = credentials;
  }

  List<CredentialRecord> of(SignedInPrincipal principal) {
    PublicKeyCredentialUserEntity entity = userEntities.findByUsername(principal.principalId());
    return entity == null ? List.of() : credentials.findByUserId(entity.getId());
  }

  boolean any(SignedInPrincipal principal) {
    return !of(principal).isEmpty();
  }

  /** Removes every passkey and the user entity; true when there was any passkey. */
  boolean removeAll(SignedInPrincipal principal) {
    PublicKeyCredentialUserEntity entity = userEntities.findByUsername(principal.principalId());
    if (entity == null) {
      return false;
    }
    List<CredentialRecord> records = credentials.findByUserId(entity.getId());
    records.forEach(record -> credentials.delete(record.getCredentialId()));
    userEntities.delete(entity.getId());
    return !records.isEmpty();
  }
}
