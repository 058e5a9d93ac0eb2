/**
 * Amazon DynamoDB (JSON 1.0 protocol, {@code X-Amz-Target: DynamoDB_20120810.*}), as far as a lock
 * table needs it: a {@code Table} is a table's description (key schema, billing mode), an item is a
 * map of attribute names to wire-format attribute values ({@code {"S": "..."}}), {@code Tables}
 * holds both per region, and a {@code Condition} is a parsed condition expression evaluated against
 * the item a write would replace.
 */
package io.eksform.sandbox.dynamodb;
