/**
 * Use cases that string the stages together for a command: {@link io.eksform.engine.run.PlanRun}
 * loads, checks, reads live state and plans, in the region {@link
 * io.eksform.engine.run.ConfigRegion} takes from the config ({@link
 * io.eksform.engine.run.RegionSetting}s named elsewhere may only agree with it).
 */
package io.eksform.engine.run;
