resource "aws_sqs_queue" "default" {
  name = "documents-to-embed"
}

resource "aws_sqs_queue" "kms" {
  name                    = "completions"
  sqs_managed_sse_enabled = false
  kms_master_key_id       = "alias/aws/sqs"
}
