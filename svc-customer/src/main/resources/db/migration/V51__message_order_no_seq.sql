-- message numbers MSG<yyyyMMddHHmmss><5 digits>: the digits come from this sequence (random digits could collide on
-- message_record.order_no's unique constraint when many messages are sent in one second)
create sequence if not exists message_order_no_seq;
