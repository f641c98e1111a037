-- task numbers T<yyyyMMddHHmmss><4 digits>: the digits come from this sequence (random digits could collide on
-- api_task.task_no's unique constraint when two tasks were created in the same second)
create sequence if not exists task_no_seq;
