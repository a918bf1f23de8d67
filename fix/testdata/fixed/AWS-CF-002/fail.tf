resource "aws_cloudfront_distribution" "chat" {
  enabled = true
  aliases = ["chat.example.com"]

  default_cache_behavior {
    target_origin_id       = "chat"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    viewer_protocol_policy = "https-only"
  }

  viewer_certificate { # want: AWS-CF-002 col 3
    acm_certificate_arn      = "arn:aws:acm:us-east-1:123456789012:certificate/abc"
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
}

resource "aws_cloudfront_distribution" "old" {
  enabled = true
  aliases = ["old.example.com"]

  default_cache_behavior {
    target_origin_id       = "old"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    viewer_protocol_policy = "https-only"
  }

  viewer_certificate {
    acm_certificate_arn      = "arn:aws:acm:us-east-1:123456789012:certificate/abc"
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021" # want: AWS-CF-002 col 32
  }
}
