-- Default 随机抽查事项清单 of the NBS 统计执法"双随机"抽查办法(试行) (2017): apply to every bureau.
INSERT INTO inspection_item (bureau_id, title, basis, active, sort_order, updated_by, updated_at) VALUES
 (NULL, '是否依法提供统计资料', '《统计法》第七条、第四十四条', TRUE, 1, 'system', '2026-01-01 00:00:00'),
 (NULL, '是否设置原始记录和统计台账', '《统计法》第二十一条；《统计法实施条例》第二十二条', TRUE, 2, 'system', '2026-01-01 00:00:00'),
 (NULL, '是否建立并执行统计资料管理制度', '《统计法》第二十一条', TRUE, 3, 'system', '2026-01-01 00:00:00'),
 (NULL, '是否具备履行统计调查对象义务的条件', '《统计法》第七条', TRUE, 4, 'system', '2026-01-01 00:00:00');
