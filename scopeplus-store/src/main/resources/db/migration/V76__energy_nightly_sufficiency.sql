-- CalTRACK 2.0 data sufficiency in the nightly batch (issue 17): a meter whose baseline does not
-- meet it keeps the refusal in Chinese beside the English one, and a meter's result keeps the
-- baseline's warnings (e.g. readings above median + 3 x IQR to review) in both languages.

ALTER TABLE energy_nightly_result ADD COLUMN refused_zh_cn VARCHAR(2000);

CREATE TABLE energy_nightly_warning (
    meter_id          VARCHAR(36)      NOT NULL REFERENCES energy_nightly_result (meter_id),
    position          INTEGER          NOT NULL,
    code              VARCHAR(60)      NOT NULL,
    text_en           VARCHAR(2000)    NOT NULL,
    text_zh_cn        VARCHAR(2000)    NOT NULL,
    PRIMARY KEY (meter_id, position)
);
