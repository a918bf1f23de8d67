# No ingress or egress blocks: Terraform removes the default rules.
resource "aws_default_security_group" "default" {
  vpc_id = "vpc-0a1b2c3d"
}
