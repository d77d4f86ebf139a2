<?php
// A day's news: one post edited, one deleted, one published.
require __DIR__ . '/wp-boot.php';
$by_slug = fn (string $slug) => get_posts(['name' => $slug, 'post_type' => 'post', 'numberposts' => 1])[0] ?? throw new Exception("no post $slug");
// The edit is a second later than anything seen, whatever the clock's resolution.
sleep(1);
$market = $by_slug('market-delayed');
$r = wp_update_post(['ID' => $market->ID, 'post_title' => 'Spring night market delayed by two weeks', 'post_content' => $market->post_content . "\n<p>Update: two weeks, not one.</p>"], true);
if (is_wp_error($r)) throw new Exception('wp_update_post failed: ' . $r->get_error_message());
if (!wp_delete_post($by_slug('harbour-budget')->ID, true)) throw new Exception('wp_delete_post failed');
$harbour = get_term_by('slug', 'harbour', 'category');
dateline_post(['post_name' => 'quay-cafes-open-late', 'post_title' => 'Quay cafés to stay open late', 'post_content' => '<p>Three cafés on the quay will stay open until the last ferry.</p>', 'post_category' => [$harbour->term_id], 'tags_input' => ['ferries']]);
echo "Edited market-delayed, deleted harbour-budget, published quay-cafes-open-late\n";
