"quoted" {
}
