package app.staffroom.factor;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import io.r2dbc.spi.Readable;

/**
 * Spring Security's WebAuthn stores, kept in PostgreSQL. Spring Security's relying-party operations call them
 * synchronously, so each call waits for its query: they are only ever used on worker threads
 * ({@code boundedElastic}) by {@link Passkeys}. A WebAuthn "username" here is the account id; the user handle
 * the authenticator keeps is random.
 */
final class PasskeyStore implements UserCredentialRepository {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final DatabaseClient db;

    PasskeyStore(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public void save(CredentialRecord credential) {
        byte[] handle = credential.getUserEntityUserId().getBytes();
        String transports = credential.getTransports().stream().map(AuthenticatorTransport::getValue)
                .sorted().collect(Collectors.joining(","));
        PublicKeyCredentialType type = credential.getCredentialType();
        db.sql("""
                        insert into passkey (credential_id, account_id, user_handle, label, credential_type, public_key,
                                             signature_count, uv_initialized, backup_eligible, backup_state, transports,
                                             attestation_object, attestation_client_data_json, last_used_at)
                        select :id, p.account_id, p.user_handle, :label, :type, :key, :count, :uv, :be, :bs, :transports,
                               :attestation, :clientData, null
                          from passkey_user p where p.user_handle = :h
                        on conflict (credential_id) do update set signature_count = excluded.signature_count,
                               uv_initialized = excluded.uv_initialized, backup_state = excluded.backup_state,
                               last_used_at = cast(:lastUsed as timestamptz)
                        """)
                .bind("id", credential.getCredentialId().getBytes())
                .bind("h", handle)
                .bind("label", credential.getLabel())
                .bind("type", type == null ? PublicKeyCredentialType.PUBLIC_KEY.getValue() : type.getValue())
                .bind("key", credential.getPublicKey().getBytes())
                .bind("count", credential.getSignatureCount())
                .bind("uv", credential.isUvInitialized())
                .bind("be", credential.isBackupEligible())
                .bind("bs", credential.isBackupState())
                .bind("transports", transports)
                .bind("attestation", bytesOrEmpty(credential.getAttestationObject()))
                .bind("clientData", bytesOrEmpty(credential.getAttestationClientDataJSON()))
                .bind("lastUsed", credential.getLastUsed() == null ? Instant.now() : credential.getLastUsed())
                .fetch().rowsUpdated().block(WAIT);
    }

    @Override
    public void delete(Bytes credentialId) {
        db.sql("delete from passkey where credential_id = :id").bind("id", credentialId.getBytes())
                .fetch().rowsUpdated().block(WAIT);
    }

    @Override
    public @Nullable CredentialRecord findByCredentialId(Bytes credentialId) {
        return db.sql("select * from passkey where credential_id = :id").bind("id", credentialId.getBytes())
                .map(PasskeyStore::credential).one().block(WAIT);
    }

    @Override
    public List<CredentialRecord> findByUserId(Bytes userId) {
        List<CredentialRecord> found = db.sql("select * from passkey where user_handle = :h order by created_at")
                .bind("h", userId.getBytes()).map(PasskeyStore::credential).all().collectList().block(WAIT);
        return found == null ? List.of() : found;
    }

    /** The WebAuthn users: one per account that has had a passkey, keyed by a random user handle. */
    final class Users implements PublicKeyCredentialUserEntityRepository {

        @Override
        public @Nullable PublicKeyCredentialUserEntity findById(Bytes id) {
            return db.sql("""
                            select p.account_id, p.user_handle, a.email, a.first_name, a.last_name
                              from passkey_user p join account a on a.id = p.account_id where p.user_handle = :h
                            """)
                    .bind("h", id.getBytes()).map(PasskeyStore::userEntity).one().block(WAIT);
        }

        @Override
        public @Nullable PublicKeyCredentialUserEntity findByUsername(String username) {
            UUID account;
            try {
                account = UUID.fromString(username);
            } catch (IllegalArgumentException notAnAccount) {
                return null;
            }
            PublicKeyCredentialUserEntity found = db.sql("""
                            select p.account_id, p.user_handle, a.email, a.first_name, a.last_name
                              from passkey_user p join account a on a.id = p.account_id where p.account_id = :a
                            """)
                    .bind("a", account).map(PasskeyStore::userEntity).one().block(WAIT);
            if (found != null) {
                return found;
            }
            // The first passkey of an account: its user handle is made here, so the authenticator shows the person's
            // email and name rather than an account id.
            db.sql("insert into passkey_user (account_id, user_handle) values (:a, :h) on conflict do nothing")
                    .bind("a", account).bind("h", Bytes.random().getBytes()).fetch().rowsUpdated().block(WAIT);
            return findByUsername(username);
        }

        @Override
        public void save(PublicKeyCredentialUserEntity userEntity) {
            // Handles are made in findByUsername; Spring Security only saves an entity it could not find.
            throw new IllegalStateException("A passkey user is made with its account");
        }

        @Override
        public void delete(Bytes id) {
            throw new UnsupportedOperationException("Passkey users stay with their account");
        }
    }

    /** Spring Security's view of the passkey users of this store. */
    Users users() {
        return users;
    }

    private final Users users = new Users();

    /** The account whose user handle this is; null when none. */
    @Nullable UUID accountOf(Bytes userHandle) {
        return db.sql("select account_id from passkey_user where user_handle = :h").bind("h", userHandle.getBytes())
                .map(row -> row.get(0, UUID.class)).one().block(WAIT);
    }

    private static byte[] bytesOrEmpty(@Nullable Bytes bytes) {
        return bytes == null ? new byte[0] : bytes.getBytes();
    }

    private static PublicKeyCredentialUserEntity userEntity(Readable row) {
        return ImmutablePublicKeyCredentialUserEntity.builder()
                .id(new Bytes(Objects.requireNonNull(row.get("user_handle", byte[].class))))
                .name(Objects.requireNonNull(row.get("email", String.class)))
                .displayName(row.get("first_name", String.class) + " " + row.get("last_name", String.class))
                .build();
    }

    private static CredentialRecord credential(Readable row) {
        byte[] attestation = row.get("attestation_object", byte[].class);
        byte[] clientData = row.get("attestation_client_data_json", byte[].class);
        String transports = Objects.requireNonNull(row.get("transports", String.class));
        Instant lastUsed = row.get("last_used_at", Instant.class);
        return ImmutableCredentialRecord.builder()
                .credentialId(new Bytes(Objects.requireNonNull(row.get("credential_id", byte[].class))))
                .userEntityUserId(new Bytes(Objects.requireNonNull(row.get("user_handle", byte[].class))))
                .label(Objects.requireNonNull(row.get("label", String.class)))
                .credentialType(PublicKeyCredentialType.valueOf(Objects.requireNonNull(row.get("credential_type", String.class))))
                .publicKey(new ImmutablePublicKeyCose(row.get("public_key", byte[].class)))
                .signatureCount(Objects.requireNonNull(row.get("signature_count", Long.class)))
                .uvInitialized(Boolean.TRUE.equals(row.get("uv_initialized", Boolean.class)))
                .backupEligible(Boolean.TRUE.equals(row.get("backup_eligible", Boolean.class)))
                .backupState(Boolean.TRUE.equals(row.get("backup_state", Boolean.class)))
                .transports(transports.isEmpty() ? Set.of() : Arrays.stream(transports.split(","))
                        .map(AuthenticatorTransport::valueOf).collect(Collectors.toSet()))
                .attestationObject(attestation == null || attestation.length == 0 ? null : new Bytes(attestation))
                .attestationClientDataJSON(clientData == null || clientData.length == 0 ? null : new Bytes(clientData))
                .created(Objects.requireNonNull(row.get("created_at", Instant.class)))
                .lastUsed(lastUsed == null ? Objects.requireNonNull(row.get("created_at", Instant.class)) : lastUsed)
                .build();
    }
}
