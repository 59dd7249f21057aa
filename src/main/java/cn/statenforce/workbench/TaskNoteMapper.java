package cn.statenforce.workbench;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface TaskNoteMapper {

	int insert(@Param("n") TaskNote note);

	List<TaskNote> selectByTask(@Param("taskId") String taskId);

	List<TaskNote> selectByTasks(@Param("taskIds") List<String> taskIds);

	List<TaskNote> selectByProcess(@Param("processInstanceId") String processInstanceId);

}
