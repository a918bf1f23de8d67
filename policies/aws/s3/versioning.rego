# METADATA
# title: S3 bucket versioning enabled
# description: |
#   Versioning keeps earlier versions of model artifacts and datasets, so an
#   overwrite (data poisoning) or a ransomware deletion can be rolled back.
#   Buckets are unversioned unless an aws_s3_bucket_versioning resource (or
#   the legacy versioning block) enables it.
# custom:
#   id: AWS-S3-004
#   severity: medium
#   resource_types: [aws_s3_bucket_versioning, aws_s3_bucket]
#   formats: [terraform]
#   control: Implement security best practices
#   compliance:
#     mcsb: [BR-1]
#     aws-fsbp: [S3.14]
#   remediation:
#     terraform: >-
#       Add an `aws_s3_bucket_versioning` for the bucket with `versioning_configuration { status = "Enabled" }`.
#   since: 0.1.0
package posture.aws.s3.versioning

import data.posture.lib
import data.posture.lib.aws
import data.posture.lib.terraform

config_type := "aws_s3_bucket_versioning"

deny contains {"msg": msg, "path": path} if {
	input.type == config_type
	path := ["versioning_configuration", 0, "status"]
	object.get(input.resource, path, "Disabled") != "Enabled"
	msg := sprintf("%s does not enable versioning: %s.", [terraform.label, terraform.found(path, "versioning stays disabled")])
}

deny contains {"msg": msg, "path": path} if {
	input.type == "aws_s3_bucket"
	some i, _ in input.resource.versioning
	path := ["versioning", i, "enabled"]
	object.get(input.resource, path, false) != true
	count(aws.bucket_configs(config_type)) == 0
	msg := sprintf("%s does not enable versioning: %s.", [terraform.label, terraform.found(path, "the provider default is false")])
}

deny contains {"msg": msg, "status": aws.missing_config_status(config_type)} if {
	input.type == "aws_s3_bucket"
	lib.known("versioning")
	not input.resource.versioning
	count(aws.bucket_configs(config_type)) == 0
	msg := sprintf("%s has no aws_s3_bucket_versioning in the scanned files: the bucket is not versioned.", [terraform.label])
}
