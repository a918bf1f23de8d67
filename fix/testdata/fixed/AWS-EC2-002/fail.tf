resource "aws_ebs_encryption_by_default" "this" {
  enabled = true # want: AWS-EC2-002 col 13
}
