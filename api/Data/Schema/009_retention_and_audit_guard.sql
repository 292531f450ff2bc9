-- Retention: the daily "retention" job deletes placements that hold no place and audit rows by age; these indexes
-- let it find them without reading the whole table. (Students are found by a scan once a day, without an index on
-- updated_at, which every student update would have to maintain.)
CREATE INDEX placements_no_place_updated ON placements (updated_at) WHERE status NOT IN ('accepted', 'active');
CREATE INDEX student_views_viewed ON student_views (viewed_at);
