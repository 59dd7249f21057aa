-- Every decision on an inspection plan is a user task of its process (inspection-plan.bpmn): the plan keeps the
-- id of its process instance. Plans submitted before this change get one at start-up (InspectionPlanProcesses).
ALTER TABLE inspection_plan ADD COLUMN process_instance_id VARCHAR(64) NULL;
