package cn.statenforce.shared.handover;

/** Implemented by the enforcement case capability: registers a lead handed over by another capability. */
public interface LeadIntake {

	LeadReference registerLead(LeadHandover handover);

}
