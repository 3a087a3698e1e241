-- My work finds a task by any word of its case's subject, not only by the case's number (found at the end of issue
-- 13: a memo, a letter or an order searched by its subject was not found). Processes keep free text out of the
-- engine, so from now on each case type's th.tidtam.process.CaseSubjects gives the read model the subject when a
-- task is created or changes. This fills the rows of tasks already open, with the same rule: number, subject and
-- other words (a letter's sender number), Thai digits as Arabic ones.
update work_item w join directive d on w.case_type = 'DIRECTIVE' and w.case_id = d.id
   set w.subject = coalesce(w.subject, d.subject);
update work_item w join memo m on w.case_type = 'MEMO' and w.case_id = m.id
   set w.subject = coalesce(w.subject, m.subject);
update work_item w join provincial_order o on w.case_type = 'ORDER' and w.case_id = o.id
   set w.subject = coalesce(w.subject, o.subject);
update work_item w join meeting m on w.case_type = 'MEETING' and w.case_id = m.id
                   join meeting_body b on b.id = m.body_id
   set w.subject = coalesce(w.subject, left(concat(b.name_th, ' ครั้งที่ ', m.number), 500));
update work_item w join letter_in l on w.case_type = 'LETTER_IN' and w.case_id = l.id
   set w.subject = coalesce(w.subject, l.subject),
       w.search_text = left(concat_ws(' ', w.case_number, coalesce(w.subject, l.subject), l.sender_number), 600);
update work_item
   set search_text = left(concat_ws(' ', case_number, subject), 600)
 where case_type in ('DIRECTIVE', 'MEMO', 'ORDER', 'MEETING') and subject is not null;
update work_item
   set search_text = left(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(search_text,
       '๐', '0'), '๑', '1'), '๒', '2'), '๓', '3'), '๔', '4'), '๕', '5'), '๖', '6'), '๗', '7'), '๘', '8'), '๙', '9'), 600)
 where search_text is not null;
