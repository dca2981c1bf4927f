-- Risk management: assessments, home visits and their schedule, reactive management, MAPPA arrangements,
-- meetings and actions.

create table risk_assessment (
    id             uuid          primary key,
    offender_id    uuid          not null references offender (id),
    tool           varchar(16)   not null,
    tool_name      varchar(80),
    assessed_on    date          not null,
    assessor       varchar(120)  not null,
    score          varchar(40),
    level          varchar(16)   not null,
    next_review_on date          not null,
    notes          varchar(1000),
    recorded_at    timestamp with time zone not null,
    recorded_by    varchar(64)   not null
);

create index risk_assessment_offender on risk_assessment (offender_id, assessed_on, recorded_at);

-- The latest assessment per offender, kept in step by the service, so lists and caseloads join one row.
create table current_risk (
    offender_id    uuid        primary key references offender (id),
    assessment_id  uuid        not null references risk_assessment (id),
    level          varchar(16) not null,
    assessed_on    date        not null,
    next_review_on date        not null
);

create index current_risk_review on current_risk (next_review_on);

create table home_visit (
    id                uuid          primary key,
    offender_id       uuid          not null references offender (id),
    visited_on        date          not null,
    officers          varchar(300)  not null,
    announced         boolean       not null,
    outcome           varchar(24)   not null,
    concerns          varchar(2000),
    photographs_taken boolean       not null,
    recorded_at       timestamp with time zone not null,
    recorded_by       varchar(64)   not null
);

create index home_visit_offender on home_visit (offender_id, visited_on, recorded_at);

create table reactive_management (
    id          uuid          primary key,
    offender_id uuid          not null references offender (id),
    started_on  date          not null,
    reason      varchar(1000) not null,
    approved_by varchar(64)   not null,
    approved_at timestamp with time zone not null,
    ended_on    date,
    ended_by    varchar(64),
    end_reason  varchar(300)
);

create index reactive_management_offender on reactive_management (offender_id, ended_on);

-- The computed next visit, with the rule version and the inputs it was computed from.
create table visit_schedule (
    offender_id  uuid          primary key references offender (id),
    kind         varchar(16)   not null,
    due_on       date,
    explanation  varchar(500)  not null,
    rule_version varchar(40)   not null,
    inputs       varchar(2000) not null,
    computed_at  timestamp with time zone not null
);

create index visit_schedule_due on visit_schedule (due_on);

create table mappa_arrangement (
    offender_id      uuid        primary key references offender (id),
    version          integer     not null,
    category         varchar(16) not null,
    level            varchar(16) not null,
    lead_agency_code varchar(16) not null references agency (code),
    since            date        not null,
    updated_at       timestamp with time zone not null,
    updated_by       varchar(64) not null
);

create table mappa_meeting (
    id          uuid          primary key,
    offender_id uuid          not null references offender (id),
    held_on     date          not null,
    level       varchar(16)   not null,
    attendees   varchar(4000) not null,
    minutes     varchar(8000) not null,
    recorded_at timestamp with time zone not null,
    recorded_by varchar(64)   not null
);

create index mappa_meeting_offender on mappa_meeting (offender_id, held_on);

create table risk_action (
    id                uuid         primary key,
    offender_id       uuid         not null references offender (id),
    meeting_id        uuid         references mappa_meeting (id),
    description       varchar(500) not null,
    owner             varchar(120) not null,
    owner_agency_code varchar(16)  not null references agency (code),
    owner_username    varchar(64)  references user_account (username),
    due_on            date         not null,
    status            varchar(16)  not null,
    version           integer      not null,
    updated_at        timestamp with time zone not null,
    updated_by        varchar(64)  not null
);

create index risk_action_offender on risk_action (offender_id, status);
create index risk_action_owner on risk_action (owner_username, status);
