resource "aws_sqs_queue" "embed" {
  name = "documents-to-embed"
}

resource "aws_sqs_queue_policy" "embed" {
  queue_url = aws_sqs_queue.embed.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "s3.amazonaws.com" }
      Action    = "sqs:SendMessage"
      Resource  = "*"
      Condition = { ArnEquals = { "aws:SourceArn" = "arn:aws:s3:::uploads" } }
    }]
  })
}
