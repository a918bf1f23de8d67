# METADATA
# title: OpenSearch domains encrypt data at rest
# description: |
#   Indices, shards, logs and automated snapshots of a domain that holds
#   embeddings and the documents behind them are stored unencrypted unless
#   encrypt_at_rest is enabled; without the block the provider sends false.
# custom:
#   id: AWS-OS-002
#   severity: medium
#   resource_types: [aws_opensearch_domain, aws_elasticsearch_domain]
#   formats: [terraform]
#   control: Enable encryption at rest
#   compliance:
#     mcsb: [DP-4]
#     aws-fsbp: [Opensearch.1, ES.1]
#   defender: >-
#     Amazon Elasticsearch Service domains should have encryption at rest enabled
#   remediation:
#     terraform: >-
#       Add `encrypt_at_rest { enabled = true }` (optionally with `kms_key_id`).
#   fix:
#     terraform:
#       set: {encrypt_at_rest.enabled: true}
#       create: true
#   since: 0.2.0
package posture.aws.opensearch.encrypt_at_rest

import data.posture.lib.terraform

path := ["encrypt_at_rest", 0, "enabled"]

deny contains {"msg": msg, "path": path} if {
	object.get(input.resource, path, false) != true
	msg := sprintf("%s stores its indices unencrypted: %s.", [
		terraform.label, terraform.found(path, "the default is false"),
	])
}
