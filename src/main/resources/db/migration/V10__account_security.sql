-- Second factor, lockout and sign-in history for local accounts (CJIS IA-2, AC-7, AC-2(3)).
alter table user_account add column totp_secret varchar(64);
alter table user_account add column totp_last_step bigint;
alter table user_account add column failed_attempts integer not null default 0;
alter table user_account add column first_failure_at timestamp with time zone;
alter table user_account add column locked_at timestamp with time zone;
alter table user_account add column last_sign_in_at timestamp with time zone;

comment on column user_account.totp_secret is 'Base32 TOTP secret (RFC 6238); null until the user has enrolled';
comment on column user_account.totp_last_step is 'The last 30-second step whose code was accepted; older or equal codes are replays';
comment on column user_account.failed_attempts is 'Consecutive failures since first_failure_at, within 15 minutes';
comment on column user_account.locked_at is 'Set after 5 consecutive failures; only an administrator clears it';
