resource "aws_sqs_queue" "embed" {
  name                    = "documents-to-embed"
  sqs_managed_sse_enabled = true # want: AWS-SQS-001 col 29
}
