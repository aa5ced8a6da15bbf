package io.glutewise.planner.screening;

import io.glutewise.core.trainee.RedFlag;
import java.util.Set;

/**
 * The red flags that are emergencies rather than reasons to book an appointment: a change in
 * bladder or bowel control and saddle numbness, the signs of pressure on the nerves at the base of
 * the spine (docs/evidence.md, section 4). Screening stops at the first of them and says what to do
 * now before anything else.
 */
public final class Emergency {
  private static final Set<RedFlag> FLAGS = Set.of(RedFlag.BLADDER_BOWEL, RedFlag.SADDLE_NUMBNESS);

  private Emergency() {}

  /** Whether a red flag needs medical help today. */
  public static boolean isEmergency(RedFlag flag) {
    return FLAGS.contains(flag);
  }

  /** What to do now, in plain words, for a person who reported an emergency sign. */
  public static String whatToDoNow() {
    return "Get medical help today: go to an emergency department or call your local emergency"
        + " number now. Back pain together with a change in bladder or bowel control, or numbness"
        + " around the genitals, buttocks or inner thighs, can mean the nerves at the base of the"
        + " spine are being pressed on, and that needs to be checked within hours. Do not start any"
        + " exercise program.";
  }
}
