package cn.statenforce.training.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.training.ActivityCommand;
import cn.statenforce.training.TrainingActivity;
import cn.statenforce.training.TrainingService;

/** REST of trainings and publicity activities (evidence on the page). */
@RestController
class TrainingApiController {

	private final TrainingService trainings;

	TrainingApiController(TrainingService trainings) {
		this.trainings = trainings;
	}

	@GetMapping("/api/trainings")
	List<TrainingActivity> list(@RequestParam(required = false) String type, @RequestParam(required = false) Integer year) {
		return trainings.activities(CurrentUsers.get(), type, year);
	}

	@GetMapping("/api/trainings/{id}")
	TrainingActivity get(@PathVariable long id) {
		return trainings.activity(CurrentUsers.get(), id);
	}

	@PostMapping("/api/trainings")
	@ResponseStatus(HttpStatus.CREATED)
	TrainingActivity register(@RequestBody ActivityCommand cmd) {
		return trainings.register(CurrentUsers.get(), cmd, List.of());
	}

}
