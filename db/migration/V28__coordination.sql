-- Coordination requests (ขอความร่วมมือ / ประสานงาน, issue 14, objective 5): a request from a position of the provincial
-- office (or a unit head) to agencies of the chain of command and to partners outside it, numbered per BE year when
-- sent (series COORDINATION); one party row per agency or partner asked, carrying its answer, its lateness and how far
-- it was escalated; the files of the request and of the answers. Positions, units, partners and links are other
-- modules' ids, with no foreign key across modules, as elsewhere. Free text is utf8mb4 (Thai, emoji).

create table coordination_request (
    id                     bigint        not null auto_increment primary key,
    -- the BE year and running number, set when the request is sent (a draft has none)
    number_year            int           null,
    number_value           int           null,
    subject                varchar(500)  not null,
    -- INFORMATION, OPINION, PARTICIPANT, ACTION
    ask_kind               varchar(16)   not null,
    body                   text          not null,
    due_date               date          not null,
    urgency                varchar(16)   not null,
    -- NONE or CONFIDENTIAL; a classified request goes to no partner
    secrecy                varchar(16)   not null,
    -- the position asking, and its unit (for the contact shown to partners)
    requester_position_id  bigint        not null,
    requester_unit_id      bigint        not null,
    contact                varchar(500)  null,
    -- DRAFT → SENT → CONSOLIDATED (presented with a memo) → CLOSED | TURNED_INTO_DIRECTIVE; WITHDRAWN
    status                 varchar(24)   not null,
    result                 text          null,
    directive_id           bigint        null,
    memo_id                bigint        null,
    created_person_id      bigint        null,
    created_position_id    bigint        null,
    created_capacity       varchar(16)   null,
    created_at             datetime(3)   not null,
    sent_at                datetime(3)   null,
    closed_at              datetime(3)   null,
    -- when the requester's consolidation task opened (every party answered, the due date passed, or asked early)
    ready_at               datetime(3)   null,
    process_instance_id    varchar(64)   null,
    -- number, subject and question folded for search (Thai digits as Arabic, lower case)
    search_text            text          null,
    version                bigint        not null default 0,
    constraint uq_coordination_number unique (number_year, number_value)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_coordination_requester on coordination_request (requester_position_id);
create index ix_coordination_status on coordination_request (status, due_date);

create table coordination_party (
    id                      bigint        not null auto_increment primary key,
    request_id              bigint        not null,
    -- AGENCY (a unit of the chain of command, answers in My work) or PARTNER (answers through a one-time link)
    kind                    varchar(16)   not null,
    unit_id                 bigint        null,
    partner_id              bigint        null,
    -- the party's name when it was asked (a partner or unit renamed later keeps the request's record)
    name_th                 varchar(500)  not null,
    name_en                 varchar(500)  null,
    -- the agency head's position (the answer's task goes to it, or to the nearest filled one above while vacant)
    head_position_id        bigint        null,
    -- OPEN → ANSWERED
    status                  varchar(16)   not null,
    answer                  text          null,
    nominee_name            varchar(200)  null,
    nominee_position        varchar(200)  null,
    nominee_phone           varchar(40)   null,
    answerer_name           varchar(200)  null,
    answerer_position       varchar(200)  null,
    answerer_phone          varchar(40)   null,
    answered_person_id      bigint        null,
    answered_position_id    bigint        null,
    answered_capacity       varchar(16)   null,
    answered_at             datetime(3)   null,
    on_time                 boolean       null,
    reminded                boolean       not null default false,
    escalation_level        int           not null default 0,
    escalated_to_position_id bigint       null,
    -- the partner's current one-time link (casework.links), and until when it works
    link_id                 bigint        null,
    link_expires_at         datetime(3)   null,
    -- the request's class, copied: the audit trail masks the answer of a classified request
    secrecy                 varchar(16)   not null,
    version                 bigint        not null default 0,
    constraint fk_coordination_party_request foreign key (request_id) references coordination_request (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_coordination_party_request on coordination_party (request_id);
create index ix_coordination_party_head on coordination_party (head_position_id);
create index ix_coordination_party_escalated on coordination_party (escalated_to_position_id);

-- the request's own files and the answers' files; kept here, not with the core's attachments, because a partner
-- without a login uploads and downloads them through the link (sizes and types are the core's rules)
create table coordination_file (
    id             bigint        not null auto_increment primary key,
    request_id     bigint        not null,
    party_id       bigint        null,
    file_name      varchar(255)  not null,
    content_type   varchar(100)  not null,
    size_bytes     bigint        not null,
    sha256         varchar(64)   not null,
    content        longblob      not null,
    uploaded_at    datetime(3)   not null,
    uploaded_by    varchar(300)  null,
    constraint fk_coordination_file_request foreign key (request_id) references coordination_request (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_coordination_file_request on coordination_file (request_id, party_id);
