# METADATA
# title: EC2 user data holds no credentials
# description: |
#   User data is readable by anyone allowed ec2:DescribeInstanceAttribute
#   and by every process on the instance through the metadata service: an
#   AWS access key or private key written there leaks to both. Instances get
#   credentials from their instance profile; other secrets belong in Secrets
#   Manager or SSM. Base64-encoded user data is decoded first.
# custom:
#   id: AWS-EC2-004
#   severity: high
#   resource_types: [aws_instance, aws_launch_template]
#   formats: [terraform]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [IM-8]
#   remediation:
#     terraform: >-
#       Remove the credential from user data; attach an instance profile for AWS access and read other
#       secrets from Secrets Manager or SSM at boot.
#   fix:
#     none: the credential must be stored elsewhere and the boot script changed to fetch it
#   since: 0.2.0
package posture.aws.ec2.user_data_secrets

import data.posture.lib.aws
import data.posture.lib.terraform

deny contains {"msg": msg, "path": [attr]} if {
	some attr in ["user_data", "user_data_base64"]
	text := decoded(input.resource[attr])
	what := credential(text)
	msg := sprintf("%s writes %s into %s: it is readable through the instance metadata service and the EC2 API.", [
		terraform.label, what, attr,
	])
}

decoded(s) := base64.decode(s) if {
	is_string(s)
	base64.is_valid(s)
	not contains(s, " ")
} else := s if is_string(s)

credential(text) := "an AWS access key" if aws.access_key_in(text)

else := "a private key" if regex.match("-----BEGIN (RSA |EC |OPENSSH |DSA )?PRIVATE KEY-----", text)
