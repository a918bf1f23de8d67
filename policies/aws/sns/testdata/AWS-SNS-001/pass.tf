variable "key" {}

resource "aws_sns_topic" "jobs" {
  name              = "training-jobs"
  kms_master_key_id = "alias/aws/sns"
}

resource "aws_sns_topic" "unknown" {
  name              = "agent-actions"
  kms_master_key_id = var.key
}
