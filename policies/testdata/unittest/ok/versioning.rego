# METADATA
# title: Buckets keep object versions
# custom:
#   id: ACME-S3-001
#   severity: high
#   resource_types: [aws_s3_bucket_versioning]
#   remediation: Set versioning_configuration.status to "Enabled".
package acme.s3.versioning

import data.posture.lib

deny contains {"msg": msg, "path": ["versioning_configuration", 0, "status"]} if {
	status := input.resource.versioning_configuration[0].status
	status != "Enabled"
	msg := sprintf("Versioning of %s is %s.", [lib.label, status])
}
