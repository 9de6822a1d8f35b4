"""Store schema as named migrations, applied in order, each in a transaction.

A migration never changes once released; a new need gets a new migration.
Events, claims and relations have tables from the start so later stages add
rows, not schema churn; their columns follow ../shared/EVALUATION.md.
"""

from __future__ import annotations

MIGRATIONS: tuple[tuple[str, str], ...] = (
    (
        "0001_initial",
        """
        CREATE TABLE runs (
            run_id VARCHAR PRIMARY KEY,
            started_at TIMESTAMP NOT NULL,
            finished_at TIMESTAMP,
            package_version VARCHAR NOT NULL,
            config_json VARCHAR NOT NULL,
            model VARCHAR NOT NULL,
            data_hash VARCHAR NOT NULL,
            articles_new INTEGER,
            articles_known INTEGER,
            failures INTEGER
        );
        CREATE TABLE articles (
            article_id VARCHAR PRIMARY KEY,
            content_hash VARCHAR NOT NULL UNIQUE,
            run_id VARCHAR NOT NULL,
            source VARCHAR NOT NULL,
            external_id VARCHAR,
            url VARCHAR,
            title VARCHAR,
            published DATE,
            body VARCHAR NOT NULL,
            captions VARCHAR[] NOT NULL
        );
        CREATE TABLE removed (
            article_id VARCHAR NOT NULL,
            line_no INTEGER NOT NULL,
            text VARCHAR NOT NULL,
            reason VARCHAR NOT NULL,
            rule VARCHAR NOT NULL
        );
        CREATE TABLE mentions (
            article_id VARCHAR NOT NULL,
            field VARCHAR NOT NULL,
            start_char INTEGER NOT NULL,
            end_char INTEGER NOT NULL,
            text VARCHAR NOT NULL,
            anchor VARCHAR NOT NULL,
            kind VARCHAR NOT NULL,
            country VARCHAR,
            sector VARCHAR,
            igo VARCHAR,
            person VARCHAR,
            title VARCHAR,
            rule VARCHAR NOT NULL,
            confidence DOUBLE NOT NULL
        );
        CREATE TABLE actors (
            article_id VARCHAR NOT NULL,
            country VARCHAR,
            igo VARCHAR,
            sector VARCHAR,
            mentions INTEGER NOT NULL
        );
        CREATE TABLE failures (
            run_id VARCHAR NOT NULL,
            source VARCHAR NOT NULL,
            code VARCHAR NOT NULL,
            reason VARCHAR NOT NULL
        );
        CREATE TABLE events (
            article_id VARCHAR NOT NULL,
            event_id VARCHAR NOT NULL,
            group_id VARCHAR,
            source_country VARCHAR,
            source_sector VARCHAR,
            target_country VARCHAR,
            target_sector VARCHAR,
            plover VARCHAR,
            mode VARCHAR,
            cameo VARCHAR,
            goldstein DOUBLE,
            event_date VARCHAR,
            date_granularity VARCHAR,
            negated BOOLEAN NOT NULL,
            hypothetical BOOLEAN NOT NULL,
            future BOOLEAN NOT NULL,
            historical BOOLEAN NOT NULL,
            asserted_by VARCHAR,
            trigger VARCHAR,
            sentence_start INTEGER NOT NULL,
            sentence_end INTEGER NOT NULL,
            rule VARCHAR NOT NULL,
            confidence DOUBLE NOT NULL
        );
        CREATE TABLE claims (
            article_id VARCHAR NOT NULL,
            actor VARCHAR,
            attribute VARCHAR NOT NULL,
            value DOUBLE,
            unit VARCHAR,
            relative_to VARCHAR,
            ratio DOUBLE,
            counterpart VARCHAR,
            period VARCHAR,
            claim_date VARCHAR,
            approximate BOOLEAN NOT NULL,
            sentence_start INTEGER NOT NULL,
            sentence_end INTEGER NOT NULL,
            rule VARCHAR NOT NULL,
            confidence DOUBLE NOT NULL
        );
        CREATE TABLE relations (
            article_id VARCHAR NOT NULL,
            a VARCHAR NOT NULL,
            b VARCHAR NOT NULL,
            kind VARCHAR NOT NULL,
            stated BOOLEAN NOT NULL,
            evidence VARCHAR,
            sentence_start INTEGER,
            sentence_end INTEGER,
            rule VARCHAR NOT NULL,
            confidence DOUBLE NOT NULL
        );
        """,
    ),
    (
        "0002_claim_ids_checks_reference",
        """
        ALTER TABLE claims ADD COLUMN claim_id VARCHAR;
        ALTER TABLE claims ADD COLUMN text VARCHAR;
        CREATE TABLE claim_checks (
            article_id VARCHAR NOT NULL,
            claim_ids VARCHAR[] NOT NULL,
            consistent BOOLEAN NOT NULL,
            stated DOUBLE NOT NULL,
            implied DOUBLE NOT NULL,
            rule VARCHAR NOT NULL
        );
        CREATE TABLE reference (
            country VARCHAR NOT NULL,
            attribute VARCHAR NOT NULL,
            year INTEGER NOT NULL,
            value DOUBLE NOT NULL,
            unit VARCHAR NOT NULL,
            source VARCHAR NOT NULL,
            imported_from VARCHAR NOT NULL,
            PRIMARY KEY (country, attribute, year)
        );
        """,
    ),
    (
        "0003_claim_value_usd",
        """
        ALTER TABLE claims ADD COLUMN value_usd DOUBLE;
        """,
    ),
)
