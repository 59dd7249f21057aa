-- The arrangements shipped in V1_2_1 (2024-2026) are complete: those years are confirmed.
INSERT INTO work_calendar_year (calendar_year, source_note, confirmed_by, confirmed_at) VALUES
(2024, '国务院办公厅关于2024年部分节假日安排的通知', 'system', '2025-11-05 00:00:00'),
(2025, '国务院办公厅关于2025年部分节假日安排的通知', 'system', '2025-11-05 00:00:00'),
(2026, '国务院办公厅关于2026年部分节假日安排的通知', 'system', '2025-11-05 00:00:00');
