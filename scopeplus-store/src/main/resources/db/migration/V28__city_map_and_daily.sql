-- Carbon Eye: a city tenant's public page settings, its district boundaries, the emissions the map
-- allocates (sector totals of the last full inventory, point sources, activity per district) and the
-- daily activity proxies of its near-real-time estimates.

-- The public page: a slug, the licence of its open data, and whether it is published at all.
CREATE TABLE city_publication (
    tenant_id       VARCHAR(36)  PRIMARY KEY REFERENCES tenant (id),
    slug            VARCHAR(60)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    published       BOOLEAN      NOT NULL,
    licence         VARCHAR(100) NOT NULL,
    population      DOUBLE PRECISION,
    gdp             DOUBLE PRECISION,
    updated_by      VARCHAR(200) NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT city_publication_slug UNIQUE (slug)
);

-- District boundaries as uploaded (the GeoJSON geometry, UTF-8), in the file's order.
CREATE TABLE city_district (
    tenant_id       VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    district_id     VARCHAR(100) NOT NULL,
    position        INTEGER      NOT NULL,
    name            VARCHAR(200) NOT NULL,
    population      DOUBLE PRECISION,
    gdp             DOUBLE PRECISION,
    geometry        BYTEA        NOT NULL,
    PRIMARY KEY (tenant_id, district_id)
);

-- The city's sector totals (grams CO2e) of its last full inventory, with how the part no source
-- locates is spread over the districts (AREA, POPULATION or GDP).
CREATE TABLE city_sector_total (
    tenant_id       VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    sector          VARCHAR(60)  NOT NULL,
    inventory_year  INTEGER      NOT NULL,
    grams           BIGINT       NOT NULL,
    weighting       VARCHAR(20)  NOT NULL,
    PRIMARY KEY (tenant_id, sector)
);

-- Located emissions: a point source (district_id NULL, at lon/lat) or activity of one district.
CREATE TABLE city_located_emission (
    tenant_id       VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    position        INTEGER      NOT NULL,
    name            VARCHAR(200) NOT NULL,
    district_id     VARCHAR(100),
    lon             DOUBLE PRECISION,
    lat             DOUBLE PRECISION,
    sector          VARCHAR(60)  NOT NULL,
    grams           BIGINT       NOT NULL,
    PRIMARY KEY (tenant_id, position)
);

-- One day's value of a sector's activity proxy.
CREATE TABLE city_daily_proxy (
    tenant_id       VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    proxy_day       DATE         NOT NULL,
    sector          VARCHAR(30)  NOT NULL,
    proxy_value     DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (tenant_id, proxy_day, sector)
);
