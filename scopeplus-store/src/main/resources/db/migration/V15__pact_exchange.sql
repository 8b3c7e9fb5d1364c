-- Product footprints exchanged over the PACT Data Exchange Protocol v3: the clients a tenant lets in
-- (data recipients), their access tokens, the footprints (the tenant's own and its suppliers'),
-- the trading partners whose host systems the tenant calls, and the events sent with retries.

CREATE TABLE pact_client (
    id              VARCHAR(36)  PRIMARY KEY,
    tenant_id       VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    client_id       VARCHAR(100) NOT NULL UNIQUE,
    secret_hash     VARCHAR(64)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    -- the product ids (URNs, one a line, lower case) this client may see; empty: all published footprints
    shared_products VARCHAR(4000) NOT NULL,
    -- where the client's own host system takes events (RequestFulfilled / RequestRejected)
    partner_id      VARCHAR(36),
    created_by      VARCHAR(200) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at      TIMESTAMP WITH TIME ZONE
);

CREATE TABLE pact_access_token (
    token_hash      VARCHAR(64)  PRIMARY KEY,
    client_ref      VARCHAR(36)  NOT NULL REFERENCES pact_client (id),
    tenant_id       VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE product_footprint (
    id              VARCHAR(36)  NOT NULL,
    tenant_id       VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    -- OWN: computed and published by the tenant; SUPPLIER: received from a partner or imported
    origin          VARCHAR(10)  NOT NULL,
    partner_id      VARCHAR(36),
    status          VARCHAR(12)  NOT NULL,
    valid_from      TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_until     TIMESTAMP WITH TIME ZONE NOT NULL,
    created         TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the footprint as exchanged (UTF-8 JSON); immutable but for its status
    document        BYTEA        NOT NULL,
    stored_by       VARCHAR(200) NOT NULL,
    stored_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, id)
);

-- the values the ListFootprints filters match, lower case: PRODUCT, COMPANY, CLASSIFICATION, GEOGRAPHY
CREATE TABLE product_footprint_key (
    tenant_id       VARCHAR(36)  NOT NULL,
    footprint_id    VARCHAR(36)  NOT NULL,
    kind            VARCHAR(16)  NOT NULL,
    key_value       VARCHAR(500) NOT NULL,
    FOREIGN KEY (tenant_id, footprint_id) REFERENCES product_footprint (tenant_id, id)
);
CREATE INDEX product_footprint_key_value ON product_footprint_key (tenant_id, kind, key_value);

CREATE TABLE pact_partner (
    id              VARCHAR(36)  PRIMARY KEY,
    tenant_id       VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    name            VARCHAR(200) NOT NULL,
    base_url        VARCHAR(500) NOT NULL,
    auth_base_url   VARCHAR(500) NOT NULL,
    client_id       VARCHAR(200) NOT NULL,
    -- the secret the partner issued to us; it has to be sent, so it is kept, never shown again
    client_secret   VARCHAR(500) NOT NULL,
    -- SHA-256 of the partner's TLS certificate when it is self-signed (hex, lower case), or empty
    certificate_sha256 VARCHAR(64) NOT NULL,
    created_by      VARCHAR(200) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE pact_event (
    id              VARCHAR(36)  PRIMARY KEY,
    tenant_id       VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    -- OUT: to send to a partner; IN: received
    direction       VARCHAR(3)   NOT NULL,
    event_type      VARCHAR(100) NOT NULL,
    partner_id      VARCHAR(36),
    pact_client_ref VARCHAR(36),
    -- the RequestCreatedEvent id this event answers, or that an OUT request waits on
    request_event_id VARCHAR(200),
    body            BYTEA        NOT NULL,
    -- OUT: PENDING, DELIVERED, ABANDONED; IN: ACCEPTED, ANSWERED
    state           VARCHAR(12)  NOT NULL,
    attempts        INTEGER      NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(1000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX pact_event_due ON pact_event (state, next_attempt_at);
