-- The outgoing register (issue 13, ทะเบียนหนังสือส่ง): register books per issuing unit with the unit's owner code
-- ("ฉช 0017.2"), and the outgoing letters (หนังสือภายนอก) drafted against a book, numbered when signed (or when a clerk
-- registers a letter already signed on paper). The running numbers live in casework's number_series, one normal and one
-- circular (ว) series per book, restarting every calendar year. Units, positions and people are org's ids: no foreign
-- key crosses a module. Free text is utf8mb4.

create table outgoing_book (
    id           bigint       not null auto_increment primary key,
    unit_id      bigint       not null,
    -- "ฉช 0017.2": province letters, a space, the owner's four digits, sub-units after dots
    owner_code   varchar(32)  not null,
    name_th      varchar(255) not null,
    name_en      varchar(255) not null,
    active       boolean      not null default true,
    created_at   datetime(3)  not null,
    version      bigint       not null default 0,
    constraint uq_outgoing_book_code unique (owner_code),
    constraint uq_outgoing_book_unit unique (unit_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table outgoing_letter (
    id                   bigint        not null auto_increment primary key,
    book_id              bigint        not null,
    -- DRAFT, PRESENTED (a memo for signature is up the chain), SIGNED, REGISTERED (signed on paper), WITHDRAWN
    status               varchar(16)   not null,
    circular             boolean       not null default false,
    -- the register number: running number within the calendar year (CE) of the book's series; null while a draft
    seq                  int           null,
    num_year             int           null,
    -- as printed after ที่, Arabic digits: "ฉช 0017.2/1234", "ฉช 0017.2/ว 123"
    number               varchar(48)   null,
    letter_date          date          null,
    owner_address        varchar(1000) not null,
    subject              varchar(500)  not null,
    salutation           varchar(500)  not null,
    reference            varchar(1000) null,
    enclosures           varchar(2000) null,
    body                 text          not null,
    closing              varchar(100)  not null,
    department           varchar(500)  null,
    phone                varchar(100)  null,
    recipients           varchar(2000) not null,
    copies_to            varchar(1000) null,
    urgency              varchar(16)   not null,
    secrecy              varchar(16)   not null,
    matter               varchar(32)   null,
    action_taken         varchar(1000) null,
    remarks              varchar(1000) null,
    drafted_by_person_id   bigint      null,
    drafted_by_position_id bigint      null,
    drafted_by_capacity    varchar(16) null,
    signed_by_person_id    bigint      null,
    signed_by_position_id  bigint      null,
    signed_by_capacity     varchar(16) null,
    signed_at            datetime(3)   null,
    -- the signature block as printed (name, then the position lines), kept as signed: holders change later
    signature_block      varchar(1000) null,
    memo_id              bigint        null,
    search_text          text          null,
    created_at           datetime(3)   not null,
    updated_at           datetime(3)   not null,
    version              bigint        not null default 0,
    constraint fk_outgoing_letter_book foreign key (book_id) references outgoing_book (id),
    constraint uq_outgoing_letter_number unique (book_id, circular, num_year, seq)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_outgoing_letter_date on outgoing_letter (letter_date);
create index ix_outgoing_letter_status on outgoing_letter (status, book_id);
create index ix_outgoing_letter_drafter on outgoing_letter (drafted_by_position_id);
