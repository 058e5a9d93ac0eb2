/**
 * The apply lock: one apply per cluster at a time, kept in a DynamoDB table every CI runner can
 * see. A lock's key names the cluster ({@code <account>/<region>/<cluster>}); {@code LockInfo} is
 * what the item records (lock ID, holder, operation, time, eksform version); {@code LockTable}
 * takes, reads and removes locks with conditional writes; an {@code ApplyLock} is a lock this
 * process holds until it releases it.
 */
package io.eksform.engine.lock;
