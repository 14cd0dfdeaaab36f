/** No telemetry, no image service: the page is built and served on a machine without the internet. */
export default { images: { unoptimized: true } };
