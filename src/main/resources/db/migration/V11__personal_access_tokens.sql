-- Personal access tokens for API clients. Only a SHA-256 hash of each token is kept; the token itself is shown
-- once, when it is made. A token acts as its user, limited to its scopes, until it expires or is revoked.
create table access_token (
    id           uuid         primary key,
    username     varchar(64)  not null references user_account (username) on delete cascade,
    name         varchar(100) not null,
    token_hash   varchar(64)  not null unique,
    scopes       varchar(500) not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    revoked_at   timestamp with time zone,
    last_used_at timestamp with time zone
);

create index access_token_user on access_token (username);
