package io.eksform.engine.live;

/** An availability zone of the account's region: its name and the zone id AWS pairs with it. */
public record LiveZone(String name, String id) {}
