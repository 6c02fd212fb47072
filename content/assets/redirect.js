// On a moved source's old address: go to the new one, keeping the paragraph (#p3) the old link asked for.
const target = document.querySelector("a[data-redirect]");
if (target) location.replace(target.href + location.hash);
