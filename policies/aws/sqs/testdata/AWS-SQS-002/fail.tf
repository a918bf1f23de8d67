resource "aws_sqs_queue" "embed" {
  name = "documents-to-embed"
}

resource "aws_sqs_queue_policy" "embed" {
  queue_url = aws_sqs_queue.embed.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ # want: AWS-SQS-002 col 18
      Effect    = "Allow"
      Principal = "*"
      Action    = "sqs:SendMessage"
      Resource  = "*"
    }]
  })
}
