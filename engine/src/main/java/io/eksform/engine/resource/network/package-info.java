/**
 * The network eksform makes for a cluster whose config names no VPC, laid out as eksctl lays it
 * out: its layout, plan, apply steps and destruction.
 */
package io.eksform.engine.resource.network;
