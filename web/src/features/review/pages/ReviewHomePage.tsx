import { WorkbenchHome } from '../../shell/components/WorkbenchHome';

export function ReviewHomePage() {
  return <WorkbenchHome titleKey="home.review.title" />;
}
