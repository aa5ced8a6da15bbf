package io.glutewise.planner.internal;

/** What a session concentrates on. */
enum Emphasis {
  /** Everything: 1 to 3 days a week. */
  FULL,
  /** Glute-dominant hip extension, hinge or single-leg work, anti-extension core. */
  HIP_EXTENSION,
  /** Hip abduction for the gluteus medius and minimus, anti-rotation core. */
  ABDUCTION_TRUNK
}
