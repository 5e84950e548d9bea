"""Reading the published site for `gates rescan`: a built folder or a live URL, a same-host crawler that respects
robots.txt, and a concurrent checker for links to other hosts. Network access lives here and in no other room."""
