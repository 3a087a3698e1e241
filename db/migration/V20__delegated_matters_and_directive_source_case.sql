-- Issue 13. What a delegation (ปฏิบัติราชการแทน) covers, as data: the annex of a delegation order lists kinds of
-- matters the delegate may decide on the delegating position's behalf. The kinds are a table, not an enum, because
-- each province words its annex its own way; the seeded ones are the usual headings.
create table delegable_matter (
    code       varchar(32)  not null primary key,
    name_th    varchar(255) not null,
    name_en    varchar(255) not null,
    sort_order int          not null default 0
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

insert into delegable_matter (code, name_th, name_en, sort_order) values
    ('GENERAL', 'หนังสือราชการทั่วไปและการตอบรับทราบ', 'General correspondence and acknowledgements', 10),
    ('DIRECTIVE', 'การสั่งการและมอบหมายส่วนราชการดำเนินการ', 'Directing and assigning agencies', 20),
    ('BUDGET', 'การอนุมัติโครงการและการเบิกจ่ายงบประมาณ', 'Approving projects and budget disbursement', 30),
    ('PROCUREMENT', 'การจัดซื้อจัดจ้าง', 'Procurement', 40),
    ('PERSONNEL', 'การบริหารงานบุคคล การแต่งตั้งและการรักษาราชการแทน', 'Personnel, appointments and acting assignments', 50),
    ('PERMIT', 'การอนุญาตตามกฎหมาย', 'Permits under the law', 60),
    ('EVENTS', 'งานพิธีการและการประชาสัมพันธ์', 'Ceremonies and public relations', 70);

create table assignment_matter (
    id            bigint      not null auto_increment primary key,
    assignment_id bigint      not null,
    matter        varchar(32) not null,
    constraint uq_assignment_matter unique (assignment_id, matter),
    constraint fk_assignment_matter_assignment foreign key (assignment_id) references position_assignment (id) on delete cascade,
    constraint fk_assignment_matter_matter foreign key (matter) references delegable_matter (code)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- the case a directive came from (a memo decided "มอบ … ดำเนินการ", an incoming letter), so the two link both ways
alter table directive
    add column source_case_type varchar(32) null,
    add column source_case_id   bigint      null;
