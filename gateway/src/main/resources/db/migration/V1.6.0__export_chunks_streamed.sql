-- Access exports stored as they arrive (issue 18): the gateway reads each service's part as a stream and encrypts it
-- chunk by chunk, before it knows how many chunks the part will have. Each chunk is now bound to its request, service
-- and index, and whether it is the part's last (the STREAM construction): chunks still cannot be reordered, swapped,
-- moved, or dropped from the end or the middle.

-- The parts stored before this version were bound to the part's number of chunks; they are not carried over. Their
-- download windows close (the download answers 410: file a new access request), then the parts go.
update dsr_request set export_available_until = now()
    where export_available_until > now() and id in (select request_id from dsr_export);
delete from dsr_export;
