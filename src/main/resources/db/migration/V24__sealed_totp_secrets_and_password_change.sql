-- TOTP secrets are stored sealed with AES-256-GCM: 'v1:' and the base64 of a 12-byte IV, the 32 ciphertext bytes
-- of a 32-character secret and a 16-byte tag, 83 characters. Rows written before this migration hold the Base32
-- secret in clear until the application seals them at its next start (TotpSecretSealing).
alter table user_account alter column totp_secret set data type varchar(255);
comment on column user_account.totp_secret is 'TOTP secret (RFC 6238) sealed with AES-256-GCM under vigil.security.totp-encryption-key, the username as associated data; null until the user has enrolled';

-- Set for accounts created with a one-time password; cleared when the user chooses their own.
alter table user_account add column must_change_password boolean not null default false;
